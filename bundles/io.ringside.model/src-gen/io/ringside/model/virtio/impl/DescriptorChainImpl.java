/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.BufferState;
import io.ringside.model.virtio.Descriptor;
import io.ringside.model.virtio.DescriptorChain;
import io.ringside.model.virtio.VirtioPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Descriptor Chain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorChainImpl#getHead <em>Head</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorChainImpl#getLength <em>Length</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorChainImpl#getWritableBytes <em>Writable Bytes</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorChainImpl#getState <em>State</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorChainImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorChainImpl#getDescriptors <em>Descriptors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DescriptorChainImpl extends EObjectImpl implements DescriptorChain {
	/**
	 * The default value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected static final int HEAD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected int head = HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getWritableBytes() <em>Writable Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritableBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long WRITABLE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getWritableBytes() <em>Writable Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritableBytes()
	 * @generated
	 * @ordered
	 */
	protected long writableBytes = WRITABLE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final BufferState STATE_EDEFAULT = BufferState.FREE;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected BufferState state = STATE_EDEFAULT;

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
	 * The cached value of the '{@link #getDescriptors() <em>Descriptors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptors()
	 * @generated
	 * @ordered
	 */
	protected EList<Descriptor> descriptors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptorChainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.DESCRIPTOR_CHAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHead() {
		return head;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHead(int newHead) {
		int oldHead = head;
		head = newHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR_CHAIN__HEAD, oldHead, head));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR_CHAIN__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getWritableBytes() {
		return writableBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritableBytes(long newWritableBytes) {
		long oldWritableBytes = writableBytes;
		writableBytes = newWritableBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR_CHAIN__WRITABLE_BYTES, oldWritableBytes, writableBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BufferState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(BufferState newState) {
		BufferState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR_CHAIN__STATE, oldState, state));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR_CHAIN__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Descriptor> getDescriptors() {
		if (descriptors == null) {
			descriptors = new EObjectResolvingEList<Descriptor>(Descriptor.class, this, VirtioPackage.DESCRIPTOR_CHAIN__DESCRIPTORS);
		}
		return descriptors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.DESCRIPTOR_CHAIN__HEAD:
				return getHead();
			case VirtioPackage.DESCRIPTOR_CHAIN__LENGTH:
				return getLength();
			case VirtioPackage.DESCRIPTOR_CHAIN__WRITABLE_BYTES:
				return getWritableBytes();
			case VirtioPackage.DESCRIPTOR_CHAIN__STATE:
				return getState();
			case VirtioPackage.DESCRIPTOR_CHAIN__LABEL:
				return getLabel();
			case VirtioPackage.DESCRIPTOR_CHAIN__DESCRIPTORS:
				return getDescriptors();
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
			case VirtioPackage.DESCRIPTOR_CHAIN__HEAD:
				setHead((Integer)newValue);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__LENGTH:
				setLength((Integer)newValue);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__WRITABLE_BYTES:
				setWritableBytes((Long)newValue);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__STATE:
				setState((BufferState)newValue);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__LABEL:
				setLabel((String)newValue);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__DESCRIPTORS:
				getDescriptors().clear();
				getDescriptors().addAll((Collection<? extends Descriptor>)newValue);
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
			case VirtioPackage.DESCRIPTOR_CHAIN__HEAD:
				setHead(HEAD_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__WRITABLE_BYTES:
				setWritableBytes(WRITABLE_BYTES_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__STATE:
				setState(STATE_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR_CHAIN__DESCRIPTORS:
				getDescriptors().clear();
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
			case VirtioPackage.DESCRIPTOR_CHAIN__HEAD:
				return head != HEAD_EDEFAULT;
			case VirtioPackage.DESCRIPTOR_CHAIN__LENGTH:
				return length != LENGTH_EDEFAULT;
			case VirtioPackage.DESCRIPTOR_CHAIN__WRITABLE_BYTES:
				return writableBytes != WRITABLE_BYTES_EDEFAULT;
			case VirtioPackage.DESCRIPTOR_CHAIN__STATE:
				return state != STATE_EDEFAULT;
			case VirtioPackage.DESCRIPTOR_CHAIN__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case VirtioPackage.DESCRIPTOR_CHAIN__DESCRIPTORS:
				return descriptors != null && !descriptors.isEmpty();
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
		result.append(" (head: ");
		result.append(head);
		result.append(", length: ");
		result.append(length);
		result.append(", writableBytes: ");
		result.append(writableBytes);
		result.append(", state: ");
		result.append(state);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //DescriptorChainImpl
