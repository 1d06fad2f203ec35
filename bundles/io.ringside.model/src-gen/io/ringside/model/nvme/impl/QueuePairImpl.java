/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.CompletionQueue;
import io.ringside.model.nvme.NvmePackage;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.nvme.SubmissionQueue;

import io.ringside.model.trace.impl.QueueImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Queue Pair</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.QueuePairImpl#getSq <em>Sq</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.QueuePairImpl#getCq <em>Cq</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QueuePairImpl extends QueueImpl implements QueuePair {
	/**
	 * The cached value of the '{@link #getSq() <em>Sq</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSq()
	 * @generated
	 * @ordered
	 */
	protected SubmissionQueue sq;

	/**
	 * The cached value of the '{@link #getCq() <em>Cq</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCq()
	 * @generated
	 * @ordered
	 */
	protected CompletionQueue cq;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QueuePairImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.QUEUE_PAIR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubmissionQueue getSq() {
		return sq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSq(SubmissionQueue newSq, NotificationChain msgs) {
		SubmissionQueue oldSq = sq;
		sq = newSq;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NvmePackage.QUEUE_PAIR__SQ, oldSq, newSq);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSq(SubmissionQueue newSq) {
		if (newSq != sq) {
			NotificationChain msgs = null;
			if (sq != null)
				msgs = ((InternalEObject)sq).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NvmePackage.QUEUE_PAIR__SQ, null, msgs);
			if (newSq != null)
				msgs = ((InternalEObject)newSq).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NvmePackage.QUEUE_PAIR__SQ, null, msgs);
			msgs = basicSetSq(newSq, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.QUEUE_PAIR__SQ, newSq, newSq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompletionQueue getCq() {
		return cq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCq(CompletionQueue newCq, NotificationChain msgs) {
		CompletionQueue oldCq = cq;
		cq = newCq;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NvmePackage.QUEUE_PAIR__CQ, oldCq, newCq);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCq(CompletionQueue newCq) {
		if (newCq != cq) {
			NotificationChain msgs = null;
			if (cq != null)
				msgs = ((InternalEObject)cq).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NvmePackage.QUEUE_PAIR__CQ, null, msgs);
			if (newCq != null)
				msgs = ((InternalEObject)newCq).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NvmePackage.QUEUE_PAIR__CQ, null, msgs);
			msgs = basicSetCq(newCq, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.QUEUE_PAIR__CQ, newCq, newCq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NvmePackage.QUEUE_PAIR__SQ:
				return basicSetSq(null, msgs);
			case NvmePackage.QUEUE_PAIR__CQ:
				return basicSetCq(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NvmePackage.QUEUE_PAIR__SQ:
				return getSq();
			case NvmePackage.QUEUE_PAIR__CQ:
				return getCq();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NvmePackage.QUEUE_PAIR__SQ:
				setSq((SubmissionQueue)newValue);
				return;
			case NvmePackage.QUEUE_PAIR__CQ:
				setCq((CompletionQueue)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NvmePackage.QUEUE_PAIR__SQ:
				setSq((SubmissionQueue)null);
				return;
			case NvmePackage.QUEUE_PAIR__CQ:
				setCq((CompletionQueue)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NvmePackage.QUEUE_PAIR__SQ:
				return sq != null;
			case NvmePackage.QUEUE_PAIR__CQ:
				return cq != null;
		}
		return super.eIsSet(featureID);
	}

} //QueuePairImpl
