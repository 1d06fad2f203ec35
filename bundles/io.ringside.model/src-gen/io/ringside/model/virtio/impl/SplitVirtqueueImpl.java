/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.AvailRing;
import io.ringside.model.virtio.SplitVirtqueue;
import io.ringside.model.virtio.UsedRing;
import io.ringside.model.virtio.VirtioPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Split Virtqueue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.SplitVirtqueueImpl#getAvailRing <em>Avail Ring</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.SplitVirtqueueImpl#getUsedRing <em>Used Ring</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SplitVirtqueueImpl extends VirtqueueImpl implements SplitVirtqueue {
	/**
	 * The cached value of the '{@link #getAvailRing() <em>Avail Ring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailRing()
	 * @generated
	 * @ordered
	 */
	protected AvailRing availRing;

	/**
	 * The cached value of the '{@link #getUsedRing() <em>Used Ring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedRing()
	 * @generated
	 * @ordered
	 */
	protected UsedRing usedRing;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SplitVirtqueueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.SPLIT_VIRTQUEUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AvailRing getAvailRing() {
		return availRing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAvailRing(AvailRing newAvailRing, NotificationChain msgs) {
		AvailRing oldAvailRing = availRing;
		availRing = newAvailRing;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING, oldAvailRing, newAvailRing);
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
	public void setAvailRing(AvailRing newAvailRing) {
		if (newAvailRing != availRing) {
			NotificationChain msgs = null;
			if (availRing != null)
				msgs = ((InternalEObject)availRing).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING, null, msgs);
			if (newAvailRing != null)
				msgs = ((InternalEObject)newAvailRing).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING, null, msgs);
			msgs = basicSetAvailRing(newAvailRing, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING, newAvailRing, newAvailRing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsedRing getUsedRing() {
		return usedRing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUsedRing(UsedRing newUsedRing, NotificationChain msgs) {
		UsedRing oldUsedRing = usedRing;
		usedRing = newUsedRing;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VirtioPackage.SPLIT_VIRTQUEUE__USED_RING, oldUsedRing, newUsedRing);
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
	public void setUsedRing(UsedRing newUsedRing) {
		if (newUsedRing != usedRing) {
			NotificationChain msgs = null;
			if (usedRing != null)
				msgs = ((InternalEObject)usedRing).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.SPLIT_VIRTQUEUE__USED_RING, null, msgs);
			if (newUsedRing != null)
				msgs = ((InternalEObject)newUsedRing).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.SPLIT_VIRTQUEUE__USED_RING, null, msgs);
			msgs = basicSetUsedRing(newUsedRing, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.SPLIT_VIRTQUEUE__USED_RING, newUsedRing, newUsedRing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING:
				return basicSetAvailRing(null, msgs);
			case VirtioPackage.SPLIT_VIRTQUEUE__USED_RING:
				return basicSetUsedRing(null, msgs);
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
			case VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING:
				return getAvailRing();
			case VirtioPackage.SPLIT_VIRTQUEUE__USED_RING:
				return getUsedRing();
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
			case VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING:
				setAvailRing((AvailRing)newValue);
				return;
			case VirtioPackage.SPLIT_VIRTQUEUE__USED_RING:
				setUsedRing((UsedRing)newValue);
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
			case VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING:
				setAvailRing((AvailRing)null);
				return;
			case VirtioPackage.SPLIT_VIRTQUEUE__USED_RING:
				setUsedRing((UsedRing)null);
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
			case VirtioPackage.SPLIT_VIRTQUEUE__AVAIL_RING:
				return availRing != null;
			case VirtioPackage.SPLIT_VIRTQUEUE__USED_RING:
				return usedRing != null;
		}
		return super.eIsSet(featureID);
	}

} //SplitVirtqueueImpl
