/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.BufferValue;
import io.ringside.model.nvme.NvmePackage;
import io.ringside.model.nvme.ShadowDoorbellBuffer;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shadow Doorbell Buffer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl#getValues <em>Values</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShadowDoorbellBufferImpl extends EObjectImpl implements ShadowDoorbellBuffer {
	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<BufferValue> values;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShadowDoorbellBufferImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.SHADOW_DOORBELL_BUFFER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress) {
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SHADOW_DOORBELL_BUFFER__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SHADOW_DOORBELL_BUFFER__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BufferValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<BufferValue>(BufferValue.class, this, NvmePackage.SHADOW_DOORBELL_BUFFER__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SHADOW_DOORBELL_BUFFER__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NvmePackage.SHADOW_DOORBELL_BUFFER__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ADDRESS:
				return getAddress();
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ENABLED:
				return isEnabled();
			case NvmePackage.SHADOW_DOORBELL_BUFFER__VALUES:
				return getValues();
			case NvmePackage.SHADOW_DOORBELL_BUFFER__LABEL:
				return getLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ADDRESS:
				setAddress((Long)newValue);
				return;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends BufferValue>)newValue);
				return;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__LABEL:
				setLabel((String)newValue);
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
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__VALUES:
				getValues().clear();
				return;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__LABEL:
				setLabel(LABEL_EDEFAULT);
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
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case NvmePackage.SHADOW_DOORBELL_BUFFER__VALUES:
				return values != null && !values.isEmpty();
			case NvmePackage.SHADOW_DOORBELL_BUFFER__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (address: ");
		result.append(address);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //ShadowDoorbellBufferImpl
